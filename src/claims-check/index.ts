// Checking numeric claims against reference tables (arms transfers for now).
export { checkArmsClaims, classify, fits, formatCheck, type CheckKind, type CheckOptions, type ClaimCheck } from './check.ts';
export {
  csvLine, parseArmsTable, readArmsTable, recipientShare, shareOfRecipientImports, shareOfSupplierExports, supplierShare,
  type ArmsTable, type Transfer,
} from './arms-table.ts';
