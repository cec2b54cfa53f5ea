"""统计 ("一个不少"): coverage of school-age children, by township, level and placement."""
