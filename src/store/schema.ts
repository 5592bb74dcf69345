// The versioned schema: MIGRATIONS[i] takes a store from version i to i+1. Never edit a
// released migration; add a new one. Column types are kept to those every backend has.
export const MIGRATIONS: string[][] = [
  [
    `CREATE TABLE documents (
      id VARCHAR PRIMARY KEY, url VARCHAR, source VARCHAR, format VARCHAR, title VARCHAR, published DATE,
      author VARCHAR, section VARCHAR, publisher VARCHAR, dateline VARCHAR, language VARCHAR,
      body VARCHAR NOT NULL, notes VARCHAR, ingested_at TIMESTAMP)`,
    `CREATE TABLE actors (
      doc_id VARCHAR NOT NULL, id VARCHAR NOT NULL, text VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR,
      org VARCHAR, "start" INTEGER, "end" INTEGER, entry VARCHAR, sentence INTEGER, kind VARCHAR)`,
    `CREATE TABLE events (
      id VARCHAR PRIMARY KEY, origin VARCHAR NOT NULL, doc_id VARCHAR, ext_id VARCHAR, date DATE NOT NULL,
      date_precision VARCHAR, src_code VARCHAR, src_country VARCHAR, src_sector VARCHAR, src_org VARCHAR, src_text VARCHAR,
      tgt_code VARCHAR, tgt_country VARCHAR, tgt_sector VARCHAR, tgt_org VARCHAR, tgt_text VARCHAR,
      cameo VARCHAR, root VARCHAR, quad INTEGER, goldstein DOUBLE, plover_type VARCHAR, plover_mode VARCHAR,
      modality VARCHAR, sentence INTEGER, span_start INTEGER, span_end INTEGER, quote VARCHAR, rule VARCHAR,
      url VARCHAR, mentions INTEGER DEFAULT 1, dup_key VARCHAR, is_primary BOOLEAN DEFAULT TRUE)`,
    `CREATE TABLE relations (
      id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, a VARCHAR, b VARCHAR, direction VARCHAR, strength DOUBLE,
      quote VARCHAR, "start" INTEGER, "end" INTEGER, rule VARCHAR, sentence INTEGER, date DATE, hedged BOOLEAN)`,
    `CREATE TABLE claims (
      id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, subject VARCHAR, measure VARCHAR, value DOUBLE, unit VARCHAR,
      qualifier VARCHAR, quote VARCHAR, "start" INTEGER, "end" INTEGER, rule VARCHAR, sentence INTEGER, date DATE)`,
    `CREATE TABLE quarantine (origin VARCHAR, file VARCHAR, line BIGINT, reason VARCHAR, raw VARCHAR)`,
    `CREATE TABLE imports (file_key VARCHAR PRIMARY KEY, file VARCHAR, origin VARCHAR, rows_loaded BIGINT, rows_quarantined BIGINT, imported_at TIMESTAMP)`,
  ],
  // imports: how many stored copies a duplicate key stands for; GDELT 2.0 mentions (one row per article mentioning an event)
  [
    `ALTER TABLE events ADD COLUMN dup_count INTEGER DEFAULT 1`,
    `CREATE TABLE event_mentions (event_id VARCHAR, origin VARCHAR, ext_id VARCHAR, event_time TIMESTAMP, mention_time TIMESTAMP,
      mention_type INTEGER, source_name VARCHAR, url VARCHAR, sentence INTEGER, confidence DOUBLE, tone DOUBLE, file VARCHAR)`,
  ],
];
