package org.objectionhelper.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.objectionhelper.basics.Platform;

class ProfileWriterTest {

  @ParameterizedTest
  @EnumSource(Platform.class)
  void aWrittenProfileReadsBackAsTheSameProfile(Platform platform) {
    FormProfile bundled = ProfileLoader.bundled().load(platform);

    String written = ProfileWriter.yaml(bundled, List.of("written by a test"));
    FormProfile read = ProfileParser.parse("written.yaml", platform, written);

    assertTrue(written.startsWith("# written by a test\n"), written);
    assertEquals(bundled.addresses().forms(), read.addresses().forms());
    assertEquals(bundled.addresses().privacyHub(), read.addresses().privacyHub());
    assertEquals(bundled.fields(), read.fields());
    assertEquals(bundled.submit(), read.submit());
    assertEquals(bundled.login(), read.login());
    assertEquals(bundled.steps(), read.steps());
    assertEquals(bundled.allowedHosts(), read.allowedHosts());
    assertEquals(bundled.titles(), read.titles());
    assertEquals(bundled.logoutUrl(), read.logoutUrl());
    assertEquals(bundled.cookieDismiss(), read.cookieDismiss());
    assertEquals(written, ProfileWriter.yaml(read, List.of("written by a test")));
  }

  @ParameterizedTest
  @EnumSource(
      value = Platform.class,
      names = {"FACEBOOK"})
  void theAddressThatWorkedComesFirstAndTheOthersStay(Platform platform) {
    FormProfile bundled = ProfileLoader.bundled().load(platform);
    URI worked = bundled.addresses().forms().get(1);

    FormProfile read =
        ProfileParser.parse(
            "written.yaml",
            platform,
            ProfileWriter.yaml(bundled.withFirstAddress(worked), List.of()));

    assertEquals(worked, read.formUrl());
    assertEquals(bundled.addresses().forms().size(), read.addresses().forms().size());
  }
}
