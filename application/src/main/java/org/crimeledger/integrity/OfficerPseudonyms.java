package org.crimeledger.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Officers' pseudonyms for the roles that may compare officers but not name them (analysts, the Police and Crime
 * Commissioner's office): HMAC-SHA256 of the username under the force's secret key
 * ({@code crimeledger.integrity.pseudonym-key}), so the same officer has the same pseudonym month after month, and
 * without the key no one can turn a pseudonym back into a name or test a guess. With no key configured a random
 * one is made at start-up: pseudonyms then hold only until the application restarts, which the log says.
 */
@Component
public class OfficerPseudonyms {

    private static final Logger log = LoggerFactory.getLogger(OfficerPseudonyms.class);
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    OfficerPseudonyms(@Value("${crimeledger.integrity.pseudonym-key:}") String secret) {
        byte[] bytes;
        if (secret.isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            log.warn("crimeledger.integrity.pseudonym-key is not set: officers' pseudonyms will change when the "
                    + "application restarts");
        } else if (secret.length() < 32) {
            throw new IllegalStateException("crimeledger.integrity.pseudonym-key must be at least 32 characters");
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The officer's pseudonym: {@code officer-} and 12 hex digits (48 bits) of the keyed hash of the username. */
    public String pseudonym(String username) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] hash = mac.doFinal(username.getBytes(StandardCharsets.UTF_8));
            return "officer-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
