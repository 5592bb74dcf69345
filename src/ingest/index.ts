// The ingest layer's public API: inputs → Docs.
export { readInputs, readFile, docsFromText, formatOfName, sniffFormat, type ReadOutcome, type ReadOptions, type Format } from './read-inputs.ts';
export { readHtml, extractHtml, type HtmlReadOptions } from './html-reader.ts';
export { readText, type TextReadOptions } from './text-reader.ts';
export { extractFile } from './extract.ts';
export { parseFeed, type Feed, type FeedItem } from './feeds.ts';
export { fetchUrl, type FetchOptions } from './fetch-url.ts';
export { decodeBytes, DEFAULT_MAX_BYTES } from './decode.ts';
export { detectLanguage } from './language.ts';
export { classifyLine } from './clutter.ts';
export { toIsoDate } from './dates.ts';
export { ReadError } from './errors.ts';
