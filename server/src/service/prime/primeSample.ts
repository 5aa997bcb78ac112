/**
 * A small definition written in every style the fast YAML parser knows: block mappings and sequences, compact
 * `- key:` items, plain scalars of each type (also over several lines), single- and double-quoted strings with
 * escapes and folding, `|` and `>-` block scalars, flow collections, CloudFormation tags, comments, blank lines,
 * `$ref`s, an explicit `? key` and a duplicate key. See prime.ts for why it exists.
 */
const operation = (i: number): string => `  /items${i}/{id}:
    get:
      operationId: getItem${i}
      summary: Fetch item ${i}
      description: A plain scalar that runs
        over two lines, with a colon:inside and a # that is not a comment

      tags: [items, "quoted ${i}", 'it''s quoted']
      deprecated: false
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: integer
            format: int64
            minimum: ${i}
            maximum: 1.5e3
            default: null
            nullable: ~
        - $ref: '#/components/parameters/Limit'
      responses:
        "200":
          description: "OK \\"quoted\\" with escapes\\n\\u00e9
            and a folded line"
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Item", nullable: true }
        '404':
          description: >-
            Folded block
            scalar text

            after a blank line
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${ItemFunction${i}.Arn}/invocations
        passthroughBehavior: when_no_match
        timeoutInMillis: 29000
        requestTemplates:
          application/json: |
            #set($body = $input.json('$'))
            {"id": "$input.params('id')", "n": ${i}}
        responses:
          default:
            statusCode: '200'
      security:
        - api_key: []
      # a comment between keys
      x-amazon-apigateway-request-validator: all
`;

export const PRIME_SAMPLE_YAML = `openapi: 3.0.1
info:
  title: Priming sample
  version: "1.0"
x-amazon-apigateway-request-validators:
  all: { validateRequestBody: true, validateRequestParameters: true }
paths:
${Array.from({ length: 8 }, (_, i) => operation(i)).join('')}components:
  parameters:
    Limit:
      name: limit
      in: query
      schema: { type: integer, enum: [1, 2, 3] }
  schemas:
    Item:
      type: object
      required:
      - id
      - name
      properties:
        id: { type: string, pattern: '^[a-z]+$' }
        name:
          type: string
          example: -1
          x-example: yes
        children:
          type: array
          items:
            $ref: '#/components/schemas/Item'
  securitySchemes:
    api_key:
      type: apiKey
      name: x-api-key
      in: header
? x-a-long-explicit-key
: its value
x-duplicate: 1
x-duplicate: 2
`;
