"""The compiled catalogues (.qm) the application loads, shipped as package data.

Their sources (.ts and the glossary) stay in ``resources/translations``;
``scripts/update_translations.py`` compiles them into this folder.
"""
