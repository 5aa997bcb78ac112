/** The id is also the settings prefix the client reads its trace level from: `apigw.trace.server`. */
export const clientId = 'apigw';
export const clientName = 'API Gateway Language Server';
