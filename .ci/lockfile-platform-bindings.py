#!/usr/bin/env python3
"""Record other platforms' native binaries in package-lock.json.

The registry reachable from these machines holds only the linux-x64 builds of packages that
ship per-platform binaries as optional dependencies (Astro's compiler, Next's SWC, Pagefind),
so npm here cannot write lock entries for the others, and `npm ci` then refuses the lock as
out of sync. npm skips those packages on linux-x64 anyway; the entries only record what a
full registry would have recorded. Run after any `npm install` that rewrites the lock.
"""
import json
import pathlib
import re

lock_path = pathlib.Path(__file__).resolve().parent.parent / "package-lock.json"
lock = json.loads(lock_path.read_text())
packages = lock["packages"]

OS = [("darwin", "darwin"), ("win32", "win32"), ("windows", "win32"), ("freebsd", "freebsd"), ("android", "android"), ("linux", "linux")]
CPU = [("arm64", "arm64"), ("aarch64", "arm64"), ("x64", "x64"), ("ia32", "ia32"), ("wasm32", "wasm32")]


def constraints(name: str) -> dict | None:
    platform = name.split("/")[-1]
    found = {}
    for token, os_name in OS:
        if re.search(rf"(^|-){token}(-|$)", platform):
            found["os"] = [os_name]
            break
    for token, cpu in CPU:
        if re.search(rf"(^|-){token}(-|$)", platform):
            found["cpu"] = [cpu]
            break
    if "musl" in platform:
        found["libc"] = ["musl"]
    elif "gnu" in platform:
        found["libc"] = ["glibc"]
    # Only fill in binaries that can never be installed here.
    if found.get("os") == ["linux"] and found.get("cpu") == ["x64"]:
        return None
    return found if ("os" in found or found.get("cpu") == ["wasm32"]) else None


added = 0
for key, entry in list(packages.items()):
    for dep, spec in (entry.get("optionalDependencies") or {}).items():
        if not re.fullmatch(r"\d+\.\d+\.\d+(-[\w.]+)?", spec):
            continue
        parent = key + "/node_modules/" if key else "node_modules/"
        if f"{parent}{dep}" in packages or f"node_modules/{dep}" in packages:
            continue
        extra = constraints(dep)
        if extra is None:
            continue
        packages[f"node_modules/{dep}"] = {"version": spec, "optional": True, **extra}
        added += 1

lock["packages"] = dict(sorted(packages.items(), key=lambda item: (item[0] != "", item[0])))
lock_path.write_text(json.dumps(lock, indent=2) + "\n")
print(f"recorded {added} platform packages")
