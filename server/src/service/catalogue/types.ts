/**
 * The shape of the extension catalogue: data that diagnostics, completion and hover all read.
 * A Schema describes one value; fields of objects are Schemas with extra documentation.
 */
import { API_TYPES, type ApiType } from '../../../../contract/apiType';

export type { ApiType };
export const ALL_API_TYPES: readonly ApiType[] = API_TYPES;

/** Where in an OpenAPI document an extension may stand. */
export type Place = 'root' | 'pathItem' | 'operation' | 'securityScheme' | 'server' | 'components' | 'tag';

export type ValueKind = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'map' | 'any';

export interface Schema {
  kind: ValueKind;
  /** What the value does, in a sentence or two (Markdown). */
  description?: string;
  /** Allowed values (for strings). */
  enum?: readonly string[];
  /** One line per enum value, for hover and completion. */
  enumDocs?: Readonly<Record<string, string>>;
  /** AWS reads the value in any letter case (for example integration `type`: `aws_proxy` or `AWS_PROXY`). */
  caseInsensitive?: boolean;
  minimum?: number;
  maximum?: number;
  /** A pattern the string must match, with what to say when it does not. */
  pattern?: { regex: RegExp; message: string };
  /** Object fields. */
  fields?: Readonly<Record<string, Field>>;
  required?: readonly string[];
  /** Object: other keys are allowed without a warning (e.g. an IAM policy). */
  openFields?: boolean;
  /** Array items. */
  items?: Schema;
  /** Map: the schema of each value, and what the keys must look like. */
  values?: Schema;
  keys?: {
    enum?: readonly string[];
    enumDocs?: Readonly<Record<string, string>>;
    pattern?: { regex: RegExp; message: string };
    description: string;
    caseInsensitive?: boolean;
  };
  /** Default as AWS applies it, shown in hover. */
  default?: string;
  /** Per-API-type differences (ranges, enums) layered over this schema. */
  byApiType?: Partial<Record<ApiType, Partial<Schema>>>;
  /**
   * The rule that checks this value itself, the way its reader does (the SAM transform ignores a DefaultAuthorizer
   * that is empty, false or 0, which a plain type check would call an error): the schema check leaves it alone.
   */
  checkedBy?: string;
  /**
   * A SAM setting the transform reads by its truth (Python's `if value:`) and does not pass on to CloudFormation: any
   * value is accepted, so a value that is not true or false (`1`, `'false'`, which counts as true) is a warning
   * saying how it is read, not a type error.
   */
  readByTruth?: boolean;
}

export interface Field extends Schema {
  /** API types that read the field; all when absent. */
  apiTypes?: readonly ApiType[];
  /** A completion snippet for the value (LSP snippet syntax). */
  snippet?: string;
}

export interface ExtensionSpec {
  name: string;
  places: readonly Place[];
  apiTypes: readonly ApiType[];
  /** API types for which support is plausible but not confirmed by AWS: a hint, never an error. */
  unconfirmedApiTypes?: readonly ApiType[];
  schema: Schema;
  /** AWS documentation page. */
  docUrl: string;
  /** A completion snippet for the whole value. */
  snippet?: string;
}

/** The schema that applies for one API type: the base with its per-type overrides. */
export function schemaFor<T extends Schema>(schema: T, apiType: ApiType): T {
  const override = schema.byApiType?.[apiType];
  return override ? { ...schema, ...override } : schema;
}
