/** What marks the language server's diagnostics, for the client to tell them from other extensions'. */
export const DIAGNOSTIC_SOURCE = 'apigw';
