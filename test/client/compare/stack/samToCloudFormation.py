"""The real SAM transform (aws-sam-translator), offline: a SAM template (YAML or JSON) on stdin, the CloudFormation
template it becomes as JSON on stdout. For tests that deploy a SAM template's result into moto (which has no SAM
transform). Managed policies come from a stub loader; nothing leaves the machine."""
import json
import os
import sys

import yaml

os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
os.environ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:9"

from samtranslator.translator.arn_generator import ArnGenerator  # noqa: E402
from samtranslator.translator.transform import transform  # noqa: E402
from samtranslator.yaml_helper import intrinsics_multi_constructor  # noqa: E402

ArnGenerator.BOTO_SESSION_REGION_NAME = "us-east-1"


class Loader(yaml.SafeLoader):
    pass


Loader.add_multi_constructor("!", intrinsics_multi_constructor)


class Policies(dict):
    def __missing__(self, name):
        return f"arn:aws:iam::aws:policy/{name}"

    def get(self, name, default=None):
        return self[name]

    def __contains__(self, name):
        return True


class StubPolicyLoader:
    def load(self):
        return Policies()


template = yaml.load(sys.stdin.read(), Loader=Loader)
json.dump(transform(template, {}, StubPolicyLoader()), sys.stdout)
