// The environment variables that choose whose AWS identity a process uses. Whatever runs against an emulator
// (moto, the editor of `npm start`, the editor tests) drops them all, so a real profile or key never leaks in.
export const awsIdentityVariables = [
  'AWS_PROFILE',
  'AWS_DEFAULT_PROFILE',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
  'AWS_ROLE_ARN',
  'AWS_ROLE_SESSION_NAME',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN',
];

/** A copy of `env` without any AWS identity variable. */
export function withoutAwsIdentity(env = process.env) {
  const out = { ...env };
  for (const key of awsIdentityVariables) delete out[key];
  return out;
}
