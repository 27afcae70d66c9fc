package org.crimeledger.publication.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The published Crime ID: HMAC-SHA256 of the crime's reference under the force's secret, as 64 hex digits. Stable
 * (the same crime gets the same ID every month, so outcomes join to crimes) and not reversible without the secret,
 * which is configuration ({@code crimeledger.publication.crime-id-secret}), never in the repository. Without a
 * secret nothing is published, except in the embedded demonstration, which draws a secret at start (its IDs then
 * change at each start).
 */
@Component
public class CrimeIdentifiers {

    private static final int MINIMUM_SECRET_LENGTH = 32;

    private final SecretKeySpec key;

    CrimeIdentifiers(@Value("${crimeledger.publication.crime-id-secret:}") String secret,
            @Value("${crimeledger.demo.enabled:true}") boolean demo) {
        if (secret.length() >= MINIMUM_SECRET_LENGTH) {
            this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        } else if (demo) {
            byte[] drawn = new byte[32];
            new java.security.SecureRandom().nextBytes(drawn);
            this.key = new SecretKeySpec(drawn, "HmacSHA256");
        } else {
            this.key = null;
        }
    }

    public boolean configured() {
        return key != null;
    }

    public String of(String crimeReference) {
        if (key == null) {
            throw new IllegalStateException("Set crimeledger.publication.crime-id-secret (at least "
                    + MINIMUM_SECRET_LENGTH + " characters) to publish");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(crimeReference.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java has HmacSHA256", e);
        }
    }
}
