select force, unit, month, count(*) filter (where kept_as_n100) as events, count(*) as trials
from rape_report_facts where month between :first and :last group by force, unit, month
