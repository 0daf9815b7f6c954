package org.objectionhelper.flow;

import java.util.Optional;
import org.objectionhelper.profile.FormProfile;

/**
 * What {@code probe} found: how it ends, and the profile as the page is now, with the locators that
 * find every part it found (none where the form never showed).
 */
public record ProbeResult(ExitCode exitCode, Optional<FormProfile> asFound) {}
