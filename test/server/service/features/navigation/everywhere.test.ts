// Go to definition tried at every offset of a document: it answers inside the names that name something
// (components, validators, schemes, SAM authorizers, resources and their mentions) and nowhere else.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });

/** Offsets where a definition is found, checked against the spans of the given patterns (boundaries skipped). */
function check(text: string, named: RegExp, languageId = 'yaml'): void {
  const doc = service.parseDocument(`file:///e.${languageId}`, languageId, 1, text);
  const spans = [...text.matchAll(named)].map((m) => [m.index, m.index + m[0].length] as const);
  const inside = (o: number) => spans.some(([s, e]) => o > s && o < e);
  const near = (o: number) => spans.some(([s, e]) => o >= s - 1 && o <= e + 1);
  const wrong: string[] = [];
  for (let offset = 0; offset <= text.length; offset++) {
    const found = service.definition(doc, doc.text.positionAt(offset)).length > 0;
    if (inside(offset) && !found)
      wrong.push(`nothing at ${offset} (${JSON.stringify(text.slice(offset - 5, offset + 5))})`);
    if (!near(offset) && found)
      wrong.push(`a definition at ${offset} (${JSON.stringify(text.slice(offset - 5, offset + 5))})`);
  }
  assert.deepEqual(wrong, []);
}

describe('go to definition everywhere', () => {
  test('a standalone definition', () => {
    const spec = `openapi: 3.0.1
x-amazon-apigateway-request-validators:
  checkAll: {validateRequestBody: true}
components:
  schemas:
    PetSchema: {type: object}
  securitySchemes:
    apiKeyScheme: {type: apiKey, name: x-api-key, in: header}
security:
  - apiKeyScheme: []
paths:
  /pets:
    get:
      x-amazon-apigateway-request-validator: checkAll
      security:
        - apiKeyScheme: []
      responses:
        '200':
          content:
            application/json:
              schema: {$ref: '#/components/schemas/PetSchema'}
`;
    check(spec, /checkAll|PetSchema|apiKeyScheme|'#\/components\/schemas\/PetSchema'/g);
  });

  test('Swagger 2', () => {
    const spec = `swagger: '2.0'
securityDefinitions:
  sigScheme: {type: apiKey, name: Authorization, in: header}
definitions:
  PetDef: {type: object}
parameters:
  IdParam: {name: id, in: path, type: string}
responses:
  Missing: {description: x}
paths:
  /pets:
    get:
      parameters:
        - $ref: '#/parameters/IdParam'
      security:
        - sigScheme: []
      responses:
        '404': {$ref: '#/responses/Missing'}
`;
    check(spec, /sigScheme|PetDef|IdParam|Missing|'#\/parameters\/IdParam'|'#\/responses\/Missing'/g);
  });

  test('a SAM template', () => {
    const sam = `Transform: AWS::Serverless-2016-10-31
Resources:
  AuthFn:
    Type: AWS::Serverless::Function
  PetsFn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        GetPets:
          Type: Api
          Properties:
            RestApiId: !Ref MyApi
            Path: /pets
            Method: get
            Auth:
              Authorizer: TokenAuth
  MyApi:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        DefaultAuthorizer: TokenAuth
        Authorizers:
          TokenAuth:
            FunctionArn: !GetAtt AuthFn.Arn
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /pets:
            get:
              security:
                - TokenAuth: []
              x-amazon-apigateway-integration:
                uri: !Sub "arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${PetsFn.Arn}/invocations"
                credentials:
                  Fn::GetAtt: [AuthFn, Arn]
`;
    check(sam, /\bAuthFn\b|\bPetsFn\b|\bMyApi\b|\bTokenAuth\b/g);
  });
});
