/** `x-amazon-apigateway-request-validator` names a validator declared in `x-amazon-apigateway-request-validators`. */
import { asObject, getValue, scalarText } from '../../parser/ast';
import { closestMatches, didYouMean } from '../../util/similarity';
import { definitionRule } from '../rule';

export const requestValidatorRefRule = definitionRule({
  name: 'request-validator-ref',
  reports: ['request-validator-ref'],
  check(ctx) {
    if (ctx.apiType !== 'REST') return;
    const declaredNode = getValue(ctx.def.root, 'x-amazon-apigateway-request-validators');
    if (declaredNode && declaredNode.type !== 'object') return;
    const declared = asObject(declaredNode)?.properties.map((p) => p.key.value) ?? [];
    for (const use of ctx.index.extensions) {
      if (use.name !== 'x-amazon-apigateway-request-validator' || (use.place !== 'root' && use.place !== 'operation'))
        continue;
      const name = scalarText(use.property.value);
      if (name === undefined || name.includes('${') || declared.includes(name)) continue;
      const suggestions = closestMatches(name, declared);
      const message = declared.length
        ? `No request validator '${name}' is declared in 'x-amazon-apigateway-request-validators'.${didYouMean(suggestions)}`
        : `No request validator '${name}' is declared: add it under 'x-amazon-apigateway-request-validators' at the top level.`;
      ctx.report(
        'request-validator-ref',
        use.property.value!,
        message,
        suggestions.length ? { replaceWith: suggestions, addValidator: name } : { addValidator: name },
      );
    }
  },
});
