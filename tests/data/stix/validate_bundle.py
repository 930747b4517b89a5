#!/usr/bin/env python3
"""Checks a STIX 2.1 bundle the way tst_stix needs it checked: against the OASIS JSON schemas, plus the rules
the OASIS validator (stix2-validator) applies beyond the schemas that matter for custom content, written here
from what those rules say (the validator itself is not available offline).

usage: validate_bundle.py SCHEMAS_DIR BUNDLE.json
Prints one line per finding ("error: ..." or "warning [check]: ...").
Exit 0: no finding; 1: findings; 3: python3-jsonschema is not installed.

Works with Debian 12's python3-jsonschema 4.10 (RefResolver) and with jsonschema >= 4.18 (referencing).

Schemas: each object is checked against the schema of its type (a type without one against common/core.json),
and the bundle against common/bundle.json with the objects whose types that schema lists (its catch-all branch
for other types says oneOf core/cyber-observable-core, and an SDO such as a note or a custom object matches
both, so the official bundle schema rejects every note and custom object; they are checked one by one instead).

Rules beyond the schemas (the validator's check names in brackets):
- [extensions-use] an object of a type STIX does not define carries an extension whose extension_type is
  new-sdo, new-sco or new-sro; a property that a STIX-defined object's schema does not define is declared by a
  toplevel-property-extension that lists it (custom content "should be implemented using an extension");
- [custom-prefix] custom object types match x-<source>-<name>, custom top-level properties x_<source>_<name>;
- [extension-definition] (ours, from the extension-definition section of the specification) every
  extension-definition--<id> key of `extensions` names an extension-definition object of the bundle, whose
  extension_types include the entry's extension_type; such a definition has a description
  [extension-description] and a created_by_ref;
- [refs] (ours: the bundle stands alone) every *_ref and *_refs value, also inside custom properties and
  extensions, names an object of the bundle;
- [timestamp-compare] modified is not before created (a MUST the validator checks);
- [vocab] report_types from report-type-ov, identity_class from identity-class-ov;
- [lang] lang is a language tag.
"""
import json
import pathlib
import re
import sys

try:
    import jsonschema
except ImportError:
    sys.exit(3)

IDENTITY_CLASS_OV = {"individual", "group", "system", "organization", "class", "unknown"}
CUSTOM_TYPE = re.compile(r"^x-.+-.+$")
CUSTOM_PROPERTY = re.compile(r"^x_.+_.+$")
LANGUAGE_TAG = re.compile(r"^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$")
DEFINITION_KEY = re.compile(r"^extension-definition--[0-9a-fA-F-]{36}$")
IDENTIFIER = re.compile(r"^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F-]{36}$")
# Properties that every object may carry without being custom (the validator's reserved list is about names
# that are banned outright, which the core schema already refuses).
ALWAYS = {"type", "id", "spec_version", "extensions"}


def load_schemas(folder):
    store, by_name = {}, {}
    for path in folder.rglob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        store[schema["$id"]] = schema
        by_name[path.parent.name + "/" + path.stem] = schema
    return store, by_name


def make_validator(store):
    try:
        from referencing import Registry, Resource
        registry = Registry().with_resources((uri, Resource.from_contents(s)) for uri, s in store.items())

        def validator(schema):
            return jsonschema.validators.validator_for(schema)(schema, registry=registry)
    except ImportError:  # jsonschema < 4.18 (Debian 12: 4.10)
        def validator(schema):
            resolver = jsonschema.RefResolver(base_uri=schema["$id"], referrer=schema, store=store)
            return jsonschema.validators.validator_for(schema)(schema, resolver=resolver)
    return validator


def defined_properties(schema, store, base="", seen=None):
    """Property names a type's schema defines, following $ref and allOf/anyOf/oneOf."""
    seen = seen if seen is not None else set()
    names = set()
    if not isinstance(schema, dict) or id(schema) in seen:
        return names
    seen.add(id(schema))
    base = schema.get("$id", base)
    names.update(schema.get("properties", {}).keys())
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key, []):
            names |= defined_properties(sub, store, base, seen)
    ref = schema.get("$ref")
    if ref and not ref.startswith("#"):
        target = ref if "://" in ref else base.rsplit("/", 2)[0] + "/" + ref.replace("../", "")
        if target in store:
            names |= defined_properties(store[target], store, target, seen)
    return names


def refs_in(value, path=""):
    """(path, id) of every *_ref / *_refs value, nested ones included."""
    if isinstance(value, dict):
        for key, sub in value.items():
            here = f"{path}/{key}" if path else key
            if key.endswith("_ref") and isinstance(sub, str):
                yield here, sub
            elif key.endswith("_refs") and isinstance(sub, list):
                for i, item in enumerate(sub):
                    if isinstance(item, str):
                        yield f"{here}/{i}", item
            else:
                yield from refs_in(sub, here)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from refs_in(item, f"{path}/{i}")


def schema_of(obj, by_name):
    for folder in ("sdos", "sros", "common", "observables"):
        schema = by_name.get(folder + "/" + str(obj.get("type", "")))
        if schema is not None and obj.get("type") != "bundle":
            return schema, True
    return by_name["common/core"], False


def main():
    folder = pathlib.Path(sys.argv[1])
    bundle = json.loads(pathlib.Path(sys.argv[2]).read_text(encoding="utf-8"))
    store, by_name = load_schemas(folder)
    validator = make_validator(store)
    findings = []
    objects = bundle.get("objects", [])
    ids = {o.get("id") for o in objects}
    definitions = {o.get("id"): o for o in objects if o.get("type") == "extension-definition"}
    report_types = set(by_name["sdos/report"].get("definitions", {}).get("report-type-ov", {}).get("enum", []))

    for obj in objects:
        oid = obj.get("id")
        schema, defined = schema_of(obj, by_name)
        for e in validator(schema).iter_errors(obj):
            findings.append(f"error: {oid}: {'/'.join(map(str, e.absolute_path))}: {e.message[:300]}")
        extensions = obj.get("extensions", {}) if isinstance(obj.get("extensions"), dict) else {}
        used = {entry.get("extension_type") for entry in extensions.values() if isinstance(entry, dict)}
        listed = set()
        for key, entry in extensions.items():
            if not DEFINITION_KEY.match(key):
                continue
            definition = definitions.get(key)
            if definition is None:
                findings.append(f"warning [extension-definition]: {oid}: extension {key} is not defined in the bundle")
                continue
            if entry.get("extension_type") not in definition.get("extension_types", []):
                findings.append(f"warning [extension-definition]: {oid}: {key} is used as {entry.get('extension_type')}, "
                                f"which its definition does not declare")
            if entry.get("extension_type") == "toplevel-property-extension":
                listed |= set(definition.get("extension_properties", []))
        if not defined:
            if not used & {"new-sdo", "new-sco", "new-sro"}:
                findings.append(f"warning [extensions-use]: {oid}: custom object type '{obj.get('type')}' is not "
                                f"declared by a new-sdo, new-sco or new-sro extension")
            if not CUSTOM_TYPE.match(str(obj.get("type", ""))):
                findings.append(f"warning [custom-prefix]: {oid}: custom object type '{obj.get('type')}' does not "
                                f"start with x-<source>-")
        else:
            known = defined_properties(schema, store) | ALWAYS
            for prop in obj:
                if prop in known:
                    continue
                if prop not in listed:
                    findings.append(f"warning [extensions-use]: {oid}: custom property '{prop}' is not declared "
                                    f"by an extension")
                if not CUSTOM_PROPERTY.match(prop):
                    findings.append(f"warning [custom-prefix]: {oid}: custom property '{prop}' does not start "
                                    f"with x_<source>_")
        if obj.get("type") == "extension-definition":
            if "description" not in obj:
                findings.append(f"warning [extension-description]: {oid}: an extension definition without description")
            if "created_by_ref" not in obj:
                findings.append(f"warning [extension-definition]: {oid}: an extension definition without created_by_ref")
        for where, ref in refs_in({k: v for k, v in obj.items() if k != "id"}):
            if not IDENTIFIER.match(ref):
                findings.append(f"error: {oid}: {where}: '{ref}' is no STIX identifier")
            elif ref not in ids:
                findings.append(f"warning [refs]: {oid}: {where}: {ref} is not in the bundle")
        if "created" in obj and "modified" in obj and obj["modified"] < obj["created"]:
            findings.append(f"error: {oid}: modified {obj['modified']} is before created {obj['created']}")
        if obj.get("type") == "report" and report_types and not set(obj.get("report_types", [])) <= report_types:
            findings.append(f"warning [vocab]: {oid}: report_types {obj.get('report_types')} not in report-type-ov")
        if obj.get("type") == "identity" and "identity_class" in obj and obj["identity_class"] not in IDENTITY_CLASS_OV:
            findings.append(f"warning [vocab]: {oid}: identity_class '{obj['identity_class']}' not in identity-class-ov")
        if "lang" in obj and not LANGUAGE_TAG.match(str(obj["lang"])):
            findings.append(f"error: {oid}: lang '{obj['lang']}' is no language tag")

    envelope = dict(bundle)
    listed_types = {ref["$ref"].rsplit("/", 1)[-1][:-5]
                    for ref in by_name["common/bundle"]["properties"]["objects"]["items"]["anyOf"][0]["oneOf"]}
    envelope["objects"] = [o for o in objects if o.get("type") in listed_types]
    if not envelope["objects"]:
        del envelope["objects"]
    for e in validator(by_name["common/bundle"]).iter_errors(envelope):
        findings.append(f"error: bundle: {'/'.join(map(str, e.absolute_path))}: {e.message[:300]}")
    for line in findings:
        print(line)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
