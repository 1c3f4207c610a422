package api

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"
)

// ErrForbiddenTarget is returned when a URL to fetch leads to an address
// the server must not reach for a client: loopback, private, link-local,
// unspecified, multicast or otherwise non-public.
var ErrForbiddenTarget = errors.New("refusing to fetch a non-public address")

// Fetcher downloads an article page for URL ingest without letting a client
// make the server reach its own network (SSRF). The check runs in the
// dialer's Control hook on the IP actually being connected to, after DNS
// resolution, so a public-looking host name resolving to 127.0.0.1 and a
// redirect to an internal address are refused the same way as a literal
// internal IP.
type Fetcher struct {
	// AllowPrivate lifts the address check (the --allow-private-fetch
	// flag), for a server inside a newsroom's own network.
	AllowPrivate bool
	// MaxBytes caps the page size.
	MaxBytes int64
	// Timeout bounds the whole fetch (15 s when zero).
	Timeout time.Duration
	// allowAddr, when set, admits these exact "ip:port" addresses despite
	// the check; tests use it for their local test server.
	allowAddr func(addr string) bool
	// resolver, when set, replaces DNS for tests.
	resolver *net.Resolver
}

// publicIP reports whether ip is an address a server may fetch from on a
// client's behalf.
func publicIP(ip netip.Addr) bool {
	ip = ip.Unmap()
	switch {
	case !ip.IsValid(), ip.IsUnspecified(), ip.IsLoopback(), ip.IsPrivate(), ip.IsLinkLocalUnicast(),
		ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast(), ip.IsMulticast():
		return false
	}
	// Carrier-grade NAT (100.64.0.0/10), "this network" (0.0.0.0/8),
	// benchmarking (198.18.0.0/15) and the reserved 240.0.0.0/4 are not
	// public either.
	for _, p := range []netip.Prefix{
		netip.MustParsePrefix("0.0.0.0/8"),
		netip.MustParsePrefix("100.64.0.0/10"),
		netip.MustParsePrefix("198.18.0.0/15"),
		netip.MustParsePrefix("240.0.0.0/4"),
		netip.MustParsePrefix("64:ff9b::/96"),
	} {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

func (f *Fetcher) control(_, address string, _ syscall.RawConn) error {
	if f.AllowPrivate || (f.allowAddr != nil && f.allowAddr(address)) {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: %s", ErrForbiddenTarget, address)
	}
	if !publicIP(ap.Addr()) {
		return fmt.Errorf("%w: %s", ErrForbiddenTarget, ap.Addr())
	}
	return nil
}

func (f *Fetcher) client() *http.Client {
	d := &net.Dialer{Timeout: 10 * time.Second, Control: f.control, Resolver: f.resolver}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would dial for us, past the check
		DialContext:           d.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 15 * time.Second,
		MaxIdleConns:          4,
		IdleConnTimeout:       30 * time.Second,
	}
	return &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return errors.New("too many redirects")
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to a %q URL", req.URL.Scheme)
			}
			return nil // the dialer checks where the redirect leads
		},
	}
}

// Fetch downloads rawURL (http or https only) and returns the body and its
// Content-Type.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) ([]byte, string, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, "", badRequest("url %q: want an http or https URL", rawURL)
	}
	timeout := f.Timeout
	if timeout == 0 {
		timeout = 15 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", badRequest("url %q: %v", rawURL, err)
	}
	req.Header.Set("User-Agent", "crosscheck (+https://github.com/crosscheck-news/crosscheck)")
	c := f.client()
	defer c.CloseIdleConnections()
	resp, err := c.Do(req)
	if err != nil {
		if errors.Is(err, ErrForbiddenTarget) {
			return nil, "", err
		}
		return nil, "", fmt.Errorf("fetching %s: %w", u.Redacted(), err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("fetching %s: %s", u.Redacted(), resp.Status)
	}
	max := f.MaxBytes
	if max <= 0 {
		max = 10 << 20
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, "", fmt.Errorf("fetching %s: %w", u.Redacted(), err)
	}
	if int64(len(data)) > max {
		return nil, "", fmt.Errorf("fetching %s: page larger than %d bytes", u.Redacted(), max)
	}
	return data, resp.Header.Get("Content-Type"), nil
}
