"""Diagnostics for IT and the helpdesk: the self-test checks and the support bundle.

Sits between the UI and the lower layers: it may look at everything below it (audio devices,
resources, the store's row counts, policy, logs) and is used by the CLI (``self-test``,
``support-bundle``) and by the About box. No widgets here; the Qt check only needs a
``QGuiApplication``.
"""
