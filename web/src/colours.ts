// One palette for directions, quad classes and blocs, used by every view and legend.
export const DIRECTION_COLOUR: Record<string, string> = {
  warming: '#1a9850', friendly: '#66bd63', steady: '#8c8c8c', cooling: '#d73027', hostile: '#f46d43',
};
export const QUAD_COLOUR = ['#1a9850', '#91cf60', '#fc8d59', '#d73027'];
export const QUAD_NAME = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
export const BLOC_COLOUR = ['#4e79a7', '#f28e2b', '#76b7b2', '#b07aa1', '#edc948', '#9c755f', '#bab0ac', '#59a14f', '#e15759', '#ff9da7'];
export const blocColour = (i: number) => BLOC_COLOUR[((i % BLOC_COLOUR.length) + BLOC_COLOUR.length) % BLOC_COLOUR.length]!;
export const directionOfSign = (sign: number) => (sign > 0 ? 'friendly' : sign < 0 ? 'hostile' : 'steady');
