package fr.vigiesociale.web.session;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address participants open to join a session, as the QR code and the trainer's screens give
 * it. A phone in the room cannot open {@code localhost}: the address is, first, the public one the
 * deployment declares ({@code vigie.public-url}); else the one the trainer's browser used (a proxy's
 * forwarded host included); and when that is this machine's loopback, the machine's own network
 * address, with a warning to check it from a phone — or, with no network address at all, a
 * warning that phones cannot join and how to fix it.
 */
@Component
class JoinAddress {

    /** The address to give participants, and what the trainer should know about it. */
    record Link(String url, Warning warning) { }

    /** Why the trainer should check the address: none, detected on the network, or this machine only. */
    enum Warning { NONE, DETECTED, LOCAL_ONLY }

    private final String publicUrl;
    private final String serverAddress;
    private final Supplier<Optional<String>> networkHost;

    @Autowired
    JoinAddress(@Value("${vigie.public-url:}") String publicUrl, @Value("${server.address:}") String serverAddress) {
        this(publicUrl, serverAddress, JoinAddress::machineAddress);
    }

    JoinAddress(String publicUrl, String serverAddress, Supplier<Optional<String>> networkHost) {
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
        this.serverAddress = serverAddress == null ? "" : serverAddress.strip();
        this.networkHost = networkHost;
    }

    /** The join address of a session, from the request being served. */
    Link of(String joinCode) {
        return of(ServletUriComponentsBuilder.fromCurrentContextPath().build(), joinCode);
    }

    Link of(UriComponents base, String joinCode) {
        if (!publicUrl.isEmpty()) {
            return new Link(join(UriComponentsBuilder.fromUriString(publicUrl), joinCode), Warning.NONE);
        }
        UriComponentsBuilder url = UriComponentsBuilder.newInstance().uriComponents(base);
        if (!loopback(base.getHost())) {
            return new Link(join(url, joinCode), Warning.NONE);
        }
        // the server listens on loopback only: no other device reaches it, whatever its address
        Optional<String> host = loopback(serverAddress) ? Optional.empty() : networkHost.get();
        return host.map(h -> new Link(join(url.host(h), joinCode), Warning.DETECTED))
                .orElseGet(() -> new Link(join(url, joinCode), Warning.LOCAL_ONLY));
    }

    private static String join(UriComponentsBuilder base, String joinCode) {
        return base.cloneBuilder().path("/rejoindre").replaceQuery(null).queryParam("code", joinCode).build().toUriString();
    }

    static boolean loopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1");
    }

    /**
     * This machine's IPv4 address on its network, if it has one: a private address (a room's Wi-Fi
     * or a local network) before any other, on an interface that is up and neither loopback nor virtual.
     */
    static Optional<String> machineAddress() {
        try {
            List<InetAddress> candidates = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .filter(JoinAddress::usable)
                    .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .sorted(Comparator.comparing((InetAddress a) -> !a.isSiteLocalAddress()).thenComparing(InetAddress::getHostAddress))
                    .toList();
            return candidates.stream().findFirst().map(InetAddress::getHostAddress);
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean usable(NetworkInterface i) {
        try {
            String name = i.getName();
            // containers' bridges and virtual pairs are not the room's network
            return i.isUp() && !i.isLoopback() && !i.isVirtual() && !name.startsWith("docker") && !name.startsWith("br-")
                    && !name.startsWith("veth");
        } catch (SocketException e) {
            return false;
        }
    }
}
