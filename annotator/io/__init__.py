"""Importers and exporters. Builds on core and store; never imports Qt."""
