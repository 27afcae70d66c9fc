package org.crimeledger.incidents;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The opening and closing types within each national incident category ({@code incident_type}). */
@Component
class IncidentTypes {

    private final List<IncidentType> all;

    IncidentTypes(JdbcClient jdbc) {
        this.all = jdbc.sql("select code, category, name from incident_type order by display_order")
                .query((rs, row) -> new IncidentType(rs.getString("code"),
                        IncidentCategory.valueOf(rs.getString("category")), rs.getString("name")))
                .list();
    }

    List<IncidentType> all() {
        return all;
    }

    Optional<IncidentType> find(String code) {
        return all.stream().filter(type -> type.code().equals(code)).findFirst();
    }
}
