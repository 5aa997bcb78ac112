export declare const awsIdentityVariables: readonly string[];
export declare function withoutAwsIdentity(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
