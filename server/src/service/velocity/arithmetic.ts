// Velocity 1.7's arithmetic and comparisons (its MathUtils and AST*Node classes): integer operations widen
// Integer to Long on overflow and Long to BigInteger, division of integers truncates, division or modulo by zero
// gives null, `+` with a String on either side concatenates, and == compares numbers by value and other
// values of unrelated classes by their toString().
import {
  classesRelated,
  isIntegral,
  isNumber,
  javaClassOf,
  javaEquals,
  javaToString,
  JBigInteger,
  JDouble,
  JLong,
  toBigInt,
  toDouble,
  wrapIntegral,
  type JNumber,
  type JValue,
} from './values';

export type MathOp = '+' | '-' | '*' | '/' | '%';

/** Thrown for what Java throws (ArithmeticException...): Velocity aborts the render. */
export class JavaException extends Error {}

/** `left op right` as Velocity 1.7 computes it; `leftLiteral`/`rightLiteral` are the operands' source text. */
export function arithmetic(op: MathOp, left: JValue, right: JValue, leftLiteral: string, rightLiteral: string): JValue {
  if (op === '+' && (typeof left === 'string' || typeof right === 'string')) {
    const l = left === null ? leftLiteral : javaToString(left);
    const r = right === null ? rightLiteral : javaToString(right);
    return l + r;
  }
  if (!isNumber(left) || !isNumber(right)) return null;
  // Velocity checks for a zero divisor itself and gives null, rather than letting Java throw.
  if ((op === '/' || op === '%') && toDouble(right) === 0) return null;
  if (isIntegral(left) && isIntegral(right)) {
    const big = left instanceof JBigInteger || right instanceof JBigInteger;
    const a = toBigInt(left);
    const b = toBigInt(right);
    let r: bigint;
    switch (op) {
      case '+': r = a + b; break;
      case '-': r = a - b; break;
      case '*': r = a * b; break;
      case '/': r = a / b; break;
      default:
        if (big && b < 0n) throw new JavaException('java.lang.ArithmeticException: BigInteger: modulus not positive');
        r = big ? ((a % b) + b) % b : a % b;
    }
    if (big) return new JBigInteger(r);
    return wrapIntegral(r, left instanceof JLong || right instanceof JLong);
  }
  const a = toDouble(left);
  const b = toDouble(right);
  switch (op) {
    case '+': return new JDouble(a + b);
    case '-': return new JDouble(a - b);
    case '*': return new JDouble(a * b);
    case '/': return new JDouble(a / b);
    default: return new JDouble(a % b);
  }
}

function compareNumbers(a: JNumber, b: JNumber): number {
  if (isIntegral(a) && isIntegral(b)) {
    const x = toBigInt(a);
    const y = toBigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = toDouble(a);
  const y = toDouble(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `<`, `>`, `<=`, `>=`: numbers only; anything else (null included) is false. */
export function relational(op: '<' | '>' | '<=' | '>=', left: JValue, right: JValue): boolean {
  if (!isNumber(left) || !isNumber(right)) return false;
  const c = compareNumbers(left, right);
  if (Number.isNaN(toDouble(left)) || Number.isNaN(toDouble(right))) return false;
  switch (op) {
    case '<': return c < 0;
    case '>': return c > 0;
    case '<=': return c <= 0;
    default: return c >= 0;
  }
}

/** Velocity 1.7's ==. */
export function velocityEquals(left: JValue, right: JValue): boolean {
  if (isNumber(left) && isNumber(right)) return compareNumbers(left, right) === 0 && !Number.isNaN(toDouble(left));
  if (left !== null && right !== null && classesRelated(javaClassOf(left), javaClassOf(right))) return javaEquals(left, right);
  if (left === null && right === null) return true;
  if (left === null || right === null) return false;
  return javaToString(left) === javaToString(right);
}
