package org.crimeledger.recording;

import java.util.List;

import org.crimeledger.standards.NamedCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The lists a decider chooses from: reasons for recording no crime, and the crime flags in use. */
@Service
public class RecordingOptions {

    private final JdbcClient jdbc;

    RecordingOptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<NamedCode> noCrimeReasons() {
        return jdbc.sql("select code, name from no_crime_reason order by display_order").query(NamedCode.class).list();
    }

    public List<NamedCode> crimeFlags() {
        return jdbc.sql("select code, name from crime_flag_type where active order by display_order")
                .query(NamedCode.class).list();
    }
}
