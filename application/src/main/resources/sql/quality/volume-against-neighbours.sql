, neighbour_change as (
    select h.force, h.month, h.category, count(*) as neighbour_count,
           percentile_cont(0.5) within group (order by o.n / o.expected) as neighbour_change,
           sorted_list(array_agg(o.force)) as neighbours
    from history h
    join force_neighbours fn on fn.force = h.force
    join history o on o.force = fn.neighbour and o.month = h.month and o.category = h.category
    where o.months_before >= 1 and o.expected >= :least
    group by h.force, h.month, h.category
)
select h.force, h.month, h.category, h.n, h.expected, c.neighbour_change, c.neighbours
from history h join neighbour_change c on c.force = h.force and c.month = h.month and c.category = h.category
where h.months_before >= 1 and h.expected >= :least and c.neighbour_count >= 2 and c.neighbour_change > 0
  and abs((h.n / h.expected) / c.neighbour_change - 1) >= 0.3
  and abs(h.n - h.expected * c.neighbour_change) > 4 * sqrt(h.expected * c.neighbour_change)
