/**
 * The importers, in the order a paste is tried: the first whose `detect` accepts it imports it.
 * Raw HTTP accepts everything, so it comes last. A new source is one file exporting an Importer,
 * one line here, and its `kind.<kind>` words in the message catalogues.
 */
import { CURL_IMPORTER } from './curl';
import { HTTP_IMPORTER } from './http';
import { URL_IMPORTER } from './url';

/** Every importer, most specific first. */
export const IMPORTERS = [CURL_IMPORTER, URL_IMPORTER, HTTP_IMPORTER] as const;

/** The kind of a request importer. */
export type RequestKind = (typeof IMPORTERS)[number]['kind'];
