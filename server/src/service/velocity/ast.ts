// The tree the Velocity parser builds and the evaluator walks. Offsets are into the template text; they let
// run-time problems point at the reference or directive that caused them.

export type TemplateNode =
  | { kind: 'text'; text: string }
  | RefNode
  | { kind: 'set'; target: Reference; value: Expr; at: number; end: number }
  | { kind: 'if'; branches: { cond: Expr | null; body: TemplateNode[] }[]; at: number }
  | { kind: 'foreach'; variable: string; iterable: Expr; body: TemplateNode[]; at: number }
  | { kind: 'break'; at: number }
  | { kind: 'stop'; at: number }
  | { kind: 'define'; name: string; body: TemplateNode[]; at: number }
  | { kind: 'macroCall'; name: string; args: Expr[]; at: number; end: number; source: string }
  | { kind: 'evaluate'; arg: Expr; at: number };

/** A reference printed into the output: `$x`, `$!x`, `${x.y}`, with the backslashes written before it. */
export interface RefNode {
  kind: 'ref';
  ref: Reference;
  /** Number of backslashes right before the `$`. */
  backslashes: number;
}

export interface Reference {
  root: string;
  parts: RefPart[];
  quiet: boolean;
  /** The reference's source text, e.g. `$!{foo.bar}`: Velocity prints it for escaped references. */
  literal: string;
  at: number;
  end: number;
  /** `${$x}`: the reference inside, which Velocity 1.7 reads and prints nothing for. */
  inner?: Reference;
}

export type RefPart =
  | { kind: 'property'; name: string; at: number }
  | { kind: 'method'; name: string; args: Expr[]; at: number }
  | { kind: 'index'; arg: Expr; at: number };

export type Expr =
  | { kind: 'string'; value: string; interpolated: TemplateNode[] | null; at: number }
  | { kind: 'integer'; text: string; at: number }
  | { kind: 'float'; text: string; at: number }
  | { kind: 'boolean'; value: boolean; at: number }
  | { kind: 'list'; items: Expr[]; at: number }
  | { kind: 'range'; from: Expr; to: Expr; at: number }
  | { kind: 'map'; entries: [Expr, Expr][]; at: number }
  | { kind: 'reference'; ref: Reference; at: number }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; at: number; source: string }
  | { kind: 'not'; operand: Expr; at: number };

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface MacroDefinition {
  name: string;
  params: string[];
  body: TemplateNode[];
}
