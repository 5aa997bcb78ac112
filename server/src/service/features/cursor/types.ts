/** Where the cursor stands, as completion needs it: which key or value is being written, under which keys. */
export interface CursorPlace {
  /** Writing a property name in the object at `path`, or the value at `path`. */
  kind: 'key' | 'value';
  /** Keys and item indexes from the document's root. For 'key': the object's path; for 'value': the value's. */
  path: (string | number)[];
  /** What is typed so far, without an opening quote. */
  prefix: string;
  /** Offset where the typed word (with its opening quote, if any) starts; completions replace from here. */
  replaceStart: number;
  /** Where the replaced text ends, when it goes past the cursor (a JSON string's closing quote). */
  replaceEnd?: number;
  /** The opening quote typed, if any. */
  quote?: string;
  /** A YAML tag before the value, e.g. `!Sub`. */
  tag?: string;
  /** Inside a multi-line scalar (a YAML block scalar such as a mapping template). */
  inBlock?: boolean;
  /** On a `- ` line: the key (or scalar) is the first of a new array item; `path` ends with the item's index. */
  item?: boolean;
  /** YAML: column of the typed word; JSON: indentation of its line. For indenting multi-line insertions. */
  col: number;
  syntax: 'yaml' | 'json';
}
