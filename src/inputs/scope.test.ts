import { describe, expect, it } from 'vitest';
import { inferScope } from './scope';

describe('inferScope', () => {
  it.each([
    ['iam.amazonaws.com', 'us-east-1', 'iam'],
    ['IAM.amazonaws.com.', 'us-east-1', 'iam'],
    ['iam.amazonaws.com.cn', 'cn-north-1', 'iam'],
    ['iam.us-gov.amazonaws.com', 'us-gov-west-1', 'iam'],
    ['sts.amazonaws.com', 'us-east-1', 'sts'],
    ['sts.eu-west-1.amazonaws.com', 'eu-west-1', 'sts'],
    ['sts-fips.us-east-1.amazonaws.com', 'us-east-1', 'sts'],
    ['sts.us-east-1.api.aws', 'us-east-1', 'sts'],
    ['cloudfront.amazonaws.com', 'us-east-1', 'cloudfront'],
    ['route53.amazonaws.com', 'us-east-1', 'route53'],
    ['s3.amazonaws.com', 'us-east-1', 's3'],
    ['bucket.s3.amazonaws.com', 'us-east-1', 's3'],
    ['my.bucket.s3.amazonaws.com:443', 'us-east-1', 's3'],
    ['bucket.s3.ap-northeast-1.amazonaws.com', 'ap-northeast-1', 's3'],
    ['bucket.s3-eu-west-1.amazonaws.com', 'eu-west-1', 's3'],
    ['s3-external-1.amazonaws.com', 'us-east-1', 's3'],
    ['s3.dualstack.us-west-2.amazonaws.com', 'us-west-2', 's3'],
    ['bucket.s3-fips.dualstack.us-gov-west-1.amazonaws.com', 'us-gov-west-1', 's3'],
    ['s3-logs.s3.eu-central-1.amazonaws.com', 'eu-central-1', 's3'],
    ['ap-111122223333.s3-accesspoint.us-west-2.amazonaws.com', 'us-west-2', 's3'],
    ['111122223333.s3-control.us-west-2.amazonaws.com', 'us-west-2', 's3'],
    ['bucket.s3.cn-northwest-1.amazonaws.com.cn', 'cn-northwest-1', 's3'],
    ['bucket--usw2-az1--x-s3.s3express-usw2-az1.us-west-2.amazonaws.com', 'us-west-2', 's3express'],
    ['abc123.execute-api.eu-central-1.amazonaws.com', 'eu-central-1', 'execute-api'],
    ['lambda.us-east-2.amazonaws.com', 'us-east-2', 'lambda'],
    ['dynamodb.us-west-2.amazonaws.com', 'us-west-2', 'dynamodb'],
    ['monitoring.eu-north-1.amazonaws.com', 'eu-north-1', 'monitoring'],
    ['email.us-east-1.amazonaws.com', 'us-east-1', 'ses'],
    ['bedrock-runtime.us-east-1.amazonaws.com', 'us-east-1', 'bedrock'],
    ['search-domain-abc.us-east-1.es.amazonaws.com', 'us-east-1', 'es'],
    ['es.us-east-1.amazonaws.com', 'us-east-1', 'es'],
    ['abc.us-east-1.aoss.amazonaws.com', 'us-east-1', 'aoss'],
    ['xyz.appsync-api.eu-west-2.amazonaws.com', 'eu-west-2', 'appsync'],
    ['abcdef.lambda-url.us-east-1.on.aws', 'us-east-1', 'lambda'],
    ['vpce-0123-abcd.sts.us-east-1.vpce.amazonaws.com', 'us-east-1', 'sts'],
    ['runtime.sagemaker.us-east-1.amazonaws.com', 'us-east-1', 'sagemaker'],
    ['ec2.il-central-1.amazonaws.com:8443', 'il-central-1', 'ec2'],
  ])('%s → %s/%s', (host, region, service) => {
    expect(inferScope(host)).toEqual({ region, service });
  });
  it.each([
    ['example.com'],
    ['localhost:8080'],
    ['[::1]:443'],
    ['amazonaws.com'],
    ['unknown.amazonaws.com'],
    ['bucket.s3-website-us-east-1.amazonaws.com'],
    ['bucket.s3-accelerate.amazonaws.com'],
    ['a..b.amazonaws.com'],
    [''],
  ])('%s → null', (host) => {
    expect(inferScope(host)).toBeNull();
  });
});
