"""MkDocs hook: what the offline build (``OFFLINE=true``, ``make offline``) changes, and only that.

Material's offline plugin, switched on by the one ``mkdocs.yml``, already turns directory
URLs off and inlines the search index into a script. Three things are left to do here, so
that a page opened from ``file://`` asks nothing of the network and finds its own files:

- Search runs in a web worker, which Chromium refuses to start from ``file://``. Material
  then loads the ``iframe-worker`` shim from a CDN unless a polyfill of that name is
  configured: the exhibit ships its own copy (``docs/assets/vendor/iframe-worker/``).
- Instant navigation fetches pages over http; from ``file://`` it cannot, so it is off.
- The 404 page links below the site's address, for a server; in the bundle it is opened from
  disk, so its links are relative, like every other page's.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from roundtable.material_internals import OFFLINE_CONFIG_PRIORITY, SHIM_MARK, is_offline

SHIM = "assets/vendor/iframe-worker/shim.js"
"""The vendored shim, verbatim from the npm package (version in its package.json); its path
holds SHIM_MARK, so that Material's offline plugin adds no CDN copy."""
assert SHIM_MARK in SHIM
HTTP_ONLY_FEATURES = ("navigation.instant",)
"""Theme features that need a server; their sub-features (``.prefetch``…) go with them."""


def without_http_only(features: list[str]) -> list[str]:
    """Theme features minus those that cannot work from ``file://``."""
    return [
        feature
        for feature in features
        if not any(feature == f or feature.startswith(f + ".") for f in HTTP_ONLY_FEATURES)
    ]


# Runs before Material's offline plugin, which adds its CDN copy of the shim unless one is
# configured already (material_internals.py).
@event_priority(OFFLINE_CONFIG_PRIORITY)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not is_offline(config):
        return config
    polyfills = list(config.extra.get("polyfills") or [])
    config.extra["polyfills"] = [SHIM, *[p for p in polyfills if p != SHIM]]
    config.theme["features"] = without_http_only(list(config.theme.get("features") or []))
    return config


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    # MkDocs gives the 404 page URLs absolute below site_url, for a server that shows it at
    # any depth. In the bundle it is one file beside index.html, opened from disk like the
    # others: its links and assets are relative to the bundle's top, as theirs are.
    if template_name == "404.html" and is_offline(config):
        context["base_url"] = "."
    return context
