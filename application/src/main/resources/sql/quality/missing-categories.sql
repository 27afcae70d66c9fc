select force, month, category, months_before, least_before from history
where n = 0 and months_before >= 2 and least_before > 0 and category <> :all
