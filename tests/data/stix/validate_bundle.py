#!/usr/bin/env python3
"""Validates a STIX 2.1 bundle against the official JSON schemas (tst_stix runs it).

usage: validate_bundle.py SCHEMAS_DIR BUNDLE.json
Exit 0: valid; 1: invalid (errors on stdout); 3: jsonschema >= 4.18 (with `referencing`) is not installed.
Each object is checked against the schema of its type (custom types against common/core.json), then the
bundle against common/bundle.json with the objects whose types that schema lists. (Its catch-all branch for
other types says oneOf core/cyber-observable-core, and an SDO such as a note or a custom object matches both,
so the official bundle schema rejects every note and custom object; they are checked one by one instead.)
"""
import json
import pathlib
import sys

try:  # jsonschema >= 4.18 with `referencing`; Debian 12's python3-jsonschema (4.10) has neither, so: skip
    import jsonschema
    from referencing import Registry, Resource
except ImportError:
    sys.exit(3)


def main():
    schemas = pathlib.Path(sys.argv[1])
    bundle = json.loads(pathlib.Path(sys.argv[2]).read_text(encoding="utf-8"))
    store, by_name = {}, {}
    for path in schemas.rglob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        store[schema["$id"]] = schema
        by_name[path.parent.name + "/" + path.stem] = schema
    registry = Registry().with_resources((uri, Resource.from_contents(s)) for uri, s in store.items())

    def validator(schema):
        cls = jsonschema.validators.validator_for(schema)
        return cls(schema, registry=registry)

    errors = []
    for obj in bundle.get("objects", []):
        schema = None
        for folder in ("sdos", "sros", "common", "observables"):
            schema = schema or by_name.get(folder + "/" + obj.get("type", ""))
        if schema is None or obj.get("type") == "bundle":
            schema = by_name["common/core"]
        for e in validator(schema).iter_errors(obj):
            errors.append(f"{obj.get('id')}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    envelope = dict(bundle)
    listed = {ref["$ref"].rsplit("/", 1)[-1][:-5]
              for ref in by_name["common/bundle"]["properties"]["objects"]["items"]["anyOf"][0]["oneOf"]}
    envelope["objects"] = [o for o in bundle.get("objects", []) if o.get("type") in listed]
    if not envelope["objects"]:
        del envelope["objects"]
    for e in validator(by_name["common/bundle"]).iter_errors(envelope):
        errors.append(f"bundle: {'/'.join(map(str, e.absolute_path))}: {e.message[:300]}")
    for line in errors:
        print(line)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
