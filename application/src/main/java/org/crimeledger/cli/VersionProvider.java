package org.crimeledger.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so {@code --version} tells which build is running. */
class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"crimeledger " + (version == null ? "(development build)" : version)};
    }
}
