"""Agency lists (残联, 学籍, 户籍, 扶贫 and the county's own list): reading, column mapping,
row validation, rejects reports and the 三查 cross-check. Qt-free; the UI and CLI call into it."""
