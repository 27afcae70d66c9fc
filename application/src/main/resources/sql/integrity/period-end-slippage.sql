select force, unit, month, count(*) filter (where recorded_later) as events, count(*) as trials
from month_end_facts where month between :first and :last group by force, unit, month
