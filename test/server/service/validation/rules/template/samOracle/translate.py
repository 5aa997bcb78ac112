"""Runs the real SAM transform (aws-sam-translator) over a batch of templates, offline.

stdin: a JSON list of {"id": str, "text": str, "package"?: bool} (YAML or JSON template text); local code and
definition paths are first rewritten to S3 locations as `sam package` does (unless package is false).
stdout: a JSON list of {"id", "accepted": bool, "errors": [{"logicalId", "message"}], "crash"?: str}.
Managed policies come from a stub loader (as the translator's own offline tooling does); AWS calls that
plugins might make go to a closed loopback port, so nothing leaves the machine.
"""
import json
import logging
import os
import re
import sys

import yaml

os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
os.environ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:9"
os.environ["AWS_MAX_ATTEMPTS"] = "1"

from samtranslator.translator.arn_generator import ArnGenerator  # noqa: E402
from samtranslator.policy_template_processor.processor import PolicyTemplatesProcessor  # noqa: E402
from samtranslator.model.exceptions import ExceptionWithMessage, InvalidDocumentException  # noqa: E402
from samtranslator.translator.transform import transform  # noqa: E402
from samtranslator.yaml_helper import intrinsics_multi_constructor  # noqa: E402

logging.disable(logging.CRITICAL)
# The region the translator would ask a new boto3 session for on every template (slow); the same answer, once.
ArnGenerator.BOTO_SESSION_REGION_NAME = "us-east-1"
# Every transform validates SAM's own bundled policy templates against their schema (about 90 ms); the data never
# changes within a run, so the answer is kept after the first time.
_templates_valid = PolicyTemplatesProcessor._is_valid_templates_dict
_templates_checked: list = []


def _is_valid_templates_dict_once(policy_templates_dict, schema=None):
    if schema is not None:
        return _templates_valid(policy_templates_dict, schema)
    if not _templates_checked:
        _templates_checked.append(_templates_valid(policy_templates_dict, schema))
    return _templates_checked[0]


PolicyTemplatesProcessor._is_valid_templates_dict = staticmethod(_is_valid_templates_dict_once)


class TemplateLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """YAML as CloudFormation reads it: short-form intrinsics, and dates left as strings."""


TemplateLoader.yaml_implicit_resolvers = {
    key: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
TemplateLoader.add_multi_constructor("!", intrinsics_multi_constructor)

# What `sam package` uploads and rewrites to an S3 location before the transform runs.
PACKAGED = {
    "AWS::Serverless::Function": "CodeUri",
    "AWS::Serverless::LayerVersion": "ContentUri",
    "AWS::Serverless::Api": "DefinitionUri",
    "AWS::Serverless::HttpApi": "DefinitionUri",
    "AWS::Serverless::StateMachine": "DefinitionUri",
    "AWS::Serverless::Application": "Location",
}


def package(template):
    """Local paths become S3 locations, as `sam package` / `sam deploy` leave them for the transform."""
    resources = template.get("Resources") if isinstance(template, dict) else None
    for resource in (resources or {}).values():
        if not isinstance(resource, dict) or not isinstance(resource.get("Properties"), dict):
            continue
        key = PACKAGED.get(resource.get("Type"))
        value = resource["Properties"].get(key) if key else None
        if isinstance(value, str) and not value.startswith("s3://") and not value.startswith("https://"):
            resource["Properties"][key] = "s3://packaged-bucket/" + (value.strip("./") or "artifact")
    globals_function = (template.get("Globals") or {}).get("Function") if isinstance(template.get("Globals"), dict) else None
    if isinstance(globals_function, dict) and isinstance(globals_function.get("CodeUri"), str) and not globals_function["CodeUri"].startswith("s3://"):
        globals_function["CodeUri"] = "s3://packaged-bucket/code"
    return template


class StubPolicyLoader:
    """The managed policies SAM templates name; any other name is turned into its AWS ARN."""

    def load(self):
        return _Policies()


class _Policies(dict):
    def __missing__(self, name):
        return f"arn:aws:iam::aws:policy/{name}"

    def get(self, name, default=None):
        return self[name]

    def __contains__(self, name):
        return True


RESOURCE_ID = re.compile(r"^Resource with id \[([^\]]+)\] is invalid\.")
EVENT_ID = re.compile(r"Event with id \[([^\]]+)\] is invalid\.")


def describe(cause):
    message = getattr(cause, "message", str(cause))
    logical = getattr(cause, "_logical_id", None) or getattr(cause, "logical_id", None)
    match = RESOURCE_ID.match(message)
    if match:
        logical = match.group(1)
    event = EVENT_ID.search(message)
    return {"logicalId": logical, "event": event.group(1) if event else None, "message": message}


def run(item):
    try:
        text = item["text"]
        template = json.loads(text) if text.lstrip().startswith("{") else yaml.load(text, Loader=TemplateLoader)
        if item.get("package", True):
            package(template)
    except Exception as e:  # a template the transform could not even read
        return {"id": item["id"], "accepted": False, "unreadable": True, "errors": [{"logicalId": None, "message": str(e)}]}
    try:
        transform(template, {}, StubPolicyLoader())
        return {"id": item["id"], "accepted": True, "errors": []}
    except InvalidDocumentException as e:
        return {"id": item["id"], "accepted": False, "errors": [describe(c) for c in e.causes]}
    except ExceptionWithMessage as e:
        return {"id": item["id"], "accepted": False, "errors": [describe(e)]}
    except Exception as e:  # the transform crashing on input is a rejection too (CloudFormation reports it)
        return {"id": item["id"], "accepted": False, "crash": type(e).__name__, "errors": [{"logicalId": None, "message": f"{type(e).__name__}: {e}"}]}


def main():
    items = json.load(sys.stdin)
    json.dump([run(item) for item in items], sys.stdout)


if __name__ == "__main__":
    main()
