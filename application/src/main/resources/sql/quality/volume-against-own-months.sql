select force, month, category, n, expected, months_before from history
where months_before >= 1 and expected >= :least
  and abs(n - expected) >= 0.3 * expected and abs(n - expected) > 4 * sqrt(expected)
