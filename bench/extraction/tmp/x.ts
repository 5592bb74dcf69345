import { decodeBytes } from '../../../src/ingest/decode.ts';
const head = new TextEncoder().encode('<html><head><meta charset="windows-1252"></head><body>');
const body = Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80]);
console.log(JSON.stringify(decodeBytes(Buffer.concat([head, body]))));
