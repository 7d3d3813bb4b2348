/**
 * The importers' only door. Pure: no React, DOM or store. Pasted text → raw HTTP text → the core's
 * RequestModel, with a map back to the paste; server echoes → the canonical request they expected.
 */
export type { InputKind, ImportResult, ImportedRequest, InputRange, RequestImport, EmptyImport, ImportedCredentials, ImportedScope, Echo } from './types';
export { IMPORTERS } from './importers';
export type { RequestKind } from './importers';
export type { ImportDraft, Importer } from './importer';
export type { OffsetMap, OffsetRun } from './offset-map';
export { toInputOffset, toInputRange } from './offset-map';
export { EchoError, ImportError, InputError } from './errors';
export type { ImportExpectation, ImportErrorKind } from './errors';
export { detectInputKind } from './detect';
export { importRequest } from './import-request';
export { inferScope } from './scope';
export type { InferredScope } from './scope';
export { parseEcho } from './echo';
