import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listProfiles, parseIni, profileRegion, readProfiles, sharedFilePaths } from '../../../client/src/aws/profiles';
import { resolveRegion } from '../../../client/src/aws/connection';

const config = `
# comment
[default]
region = us-west-2

[profile dev]
sso_session = corp
sso_account_id = 111111111111
region=eu-central-1
s3 =
  max_concurrent_requests = 20

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start

[profile admin]
role_arn = arn:aws:iam::1:role/Admin
source_profile = default
`;
const credentials = `[default]
aws_access_key_id = AKIAEXAMPLE
aws_secret_access_key = secret
[ci]
aws_access_key_id = AKIA2
`;

describe('AWS profiles', () => {
  test('parses INI sections, skipping comments and nested settings', () => {
    const ini = parseIni(config);
    assert.deepEqual(ini['profile dev'], {
      sso_session: 'corp',
      sso_account_id: '111111111111',
      region: 'eu-central-1',
      s3: '',
    });
    assert.equal(ini['sso-session corp'].sso_start_url, 'https://corp.awsapps.com/start');
  });

  test('lists profiles from both files without secrets', () => {
    const profiles = listProfiles(config, credentials);
    assert.deepEqual(
      profiles.map((p) => [p.name, p.region, p.sso, p.role, p.sources.join('+')]),
      [
        ['default', 'us-west-2', false, false, 'config+credentials'],
        ['dev', 'eu-central-1', true, false, 'config'],
        ['admin', undefined, false, true, 'config'],
        ['ci', undefined, false, false, 'credentials'],
      ],
    );
    assert.ok(!JSON.stringify(profiles).includes('secret'));
  });

  test('honours AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-profiles-'));
    try {
      const env = {
        AWS_CONFIG_FILE: path.join(dir, 'c'),
        AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'k'),
        HOME: '/nonexistent',
      };
      fs.writeFileSync(env.AWS_CONFIG_FILE, config);
      fs.writeFileSync(env.AWS_SHARED_CREDENTIALS_FILE, credentials);
      assert.deepEqual(sharedFilePaths(env), {
        config: env.AWS_CONFIG_FILE,
        credentials: env.AWS_SHARED_CREDENTIALS_FILE,
      });
      assert.deepEqual(
        readProfiles(env).map((p) => p.name),
        ['default', 'dev', 'admin', 'ci'],
      );
      assert.equal(profileRegion('dev', env), 'eu-central-1');
      assert.equal(profileRegion(undefined, env), 'us-west-2');
      assert.equal(profileRegion(undefined, { ...env, AWS_PROFILE: 'dev' }), 'eu-central-1');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('missing files mean no profiles', () => {
    assert.deepEqual(readProfiles({ HOME: '/nonexistent-home' }), []);
  });

  test('region: setting, then the chosen profile, then the environment, then the default profile', () => {
    assert.equal(
      resolveRegion(
        { region: 'ap-south-1', profile: 'dev', profileRegion: 'eu-central-1' },
        { AWS_REGION: 'us-east-2' },
      ),
      'ap-south-1',
    );
    assert.equal(
      resolveRegion({ profile: 'dev', profileRegion: 'eu-central-1' }, { AWS_REGION: 'us-east-2' }),
      'eu-central-1',
    );
    assert.equal(resolveRegion({ profileRegion: 'us-west-2' }, { AWS_REGION: 'us-east-2' }), 'us-east-2');
    assert.equal(resolveRegion({ profileRegion: 'us-west-2' }, {}), 'us-west-2');
    assert.equal(resolveRegion({}, { AWS_DEFAULT_REGION: 'sa-east-1' }), 'sa-east-1');
    assert.equal(resolveRegion({}, {}), 'us-east-1');
  });
});
