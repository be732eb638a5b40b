package dev.berth.sim.ecr;

import dev.berth.core.model.ImageScanFinding;
import dev.berth.core.model.ScanFindingAttribute;
import dev.berth.sim.SimRandom;

import java.util.ArrayList;
import java.util.List;

/**
 * What a basic scan finds: a few of a fixed set of real CVEs in Debian base-image packages, chosen by the image's
 * digest, so the same image always has the same findings whatever the world or the time of the scan.
 */
final class ScanFindingsCatalog {
    private record Known(String cve, String severity, String pkg, String version, String description) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known("CVE-2019-5188", "MEDIUM", "e2fsprogs", "1.44.5-1+deb10u2",
                    "A code execution vulnerability exists in the directory rehashing functionality of E2fsprogs "
                            + "e2fsck 1.45.4."),
            new Known("CVE-2021-3711", "CRITICAL", "openssl", "1.1.1d-0+deb10u6",
                    "In order to decrypt SM2 encrypted data an application is expected to call the API function "
                            + "EVP_PKEY_decrypt(); a miscalculated buffer size can overflow by up to 62 bytes."),
            new Known("CVE-2022-0778", "HIGH", "openssl", "1.1.1d-0+deb10u6",
                    "The BN_mod_sqrt() function can loop forever for non-prime moduli."),
            new Known("CVE-2021-33574", "CRITICAL", "glibc", "2.28-10",
                    "The mq_notify function in the GNU C Library may use a freed memory area."),
            new Known("CVE-2022-1271", "HIGH", "gzip", "1.9-3",
                    "An arbitrary file write vulnerability was found in GNU gzip's zgrep utility."),
            new Known("CVE-2022-37434", "CRITICAL", "zlib", "1:1.2.11.dfsg-1",
                    "zlib through 1.2.12 has a heap-based buffer over-read or buffer overflow in inflate."),
            new Known("CVE-2018-12886", "MEDIUM", "gcc-8", "8.3.0-6",
                    "stack_protect_prologue in cfgexpand.c and stack_protect_epilogue in function.c in GNU GCC "
                            + "allow an attacker to bypass stack protection."),
            new Known("CVE-2016-2781", "LOW", "coreutils", "8.30-3",
                    "chroot in GNU coreutils, when used with --userspec, allows local users to escape to the "
                            + "parent session via a crafted TIOCSTI ioctl call."),
            new Known("CVE-2011-3374", "LOW", "apt", "1.8.2.3",
                    "It was found that apt-key in apt does not correctly validate gpg keys with the master "
                            + "keyring."),
            new Known("CVE-2019-19882", "LOW", "shadow", "1:4.5-1.1",
                    "shadow 4.8, in certain circumstances affecting at least Gentoo, Arch Linux, and Void Linux, "
                            + "allows local users to obtain root access."),
            new Known("CVE-2017-11164", "INFORMATIONAL", "pcre3", "2:8.39-12",
                    "In PCRE 8.41, the OP_KETRMAX feature in the match function has stack exhaustion."),
            new Known("CVE-2020-1971", "MEDIUM", "openssl", "1.1.1d-0+deb10u3",
                    "The X.509 GeneralName type's GENERAL_NAME_cmp function can crash on an EDIPartyName."));
    private static final int MOST_FINDINGS = 6;

    private ScanFindingsCatalog() {
    }

    static List<ImageScanFinding> findingsFor(String digest) {
        SimRandom random = new SimRandom(Long.parseUnsignedLong(digest.substring("sha256:".length(),
                "sha256:".length() + 15), 16));
        List<Known> pool = new ArrayList<>(KNOWN);
        int count = random.nextInt(MOST_FINDINGS + 1);
        List<ImageScanFinding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Known known = pool.remove(random.nextInt(pool.size()));
            findings.add(new ImageScanFinding(known.cve(), known.description(),
                    "https://security-tracker.debian.org/tracker/" + known.cve(), known.severity(),
                    List.of(new ScanFindingAttribute("package_version", known.version()),
                            new ScanFindingAttribute("package_name", known.pkg()))));
        }
        return findings;
    }
}
