package org.crimeledger.reliability.internal;

/** The first response to a keyed request, as it is replayed to a retry. */
record StoredResponse(byte[] requestSha256, int status, String contentType, String location, byte[] body) {
}
