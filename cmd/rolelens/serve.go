package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"rolelens/internal/assets"
	"rolelens/internal/server"
)

// cmdServe serves the playground and the docs embedded in the binary. The
// engine runs in the visitor's browser; the server only hands out files.
func cmdServe(args []string, stdout, stderr io.Writer) int {
	fs := flags("serve", stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	pos, err := parse(fs, args)
	if err != nil || len(pos) != 0 {
		fmt.Fprintln(stderr, "usage: rolelens serve [--addr HOST:PORT]")
		return exitUsage
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "rolelens: %v\n", err)
		return exitUsage
	}
	if assets.Empty() {
		fmt.Fprintln(stderr, "rolelens: built without the site; run `make build` for the playground")
	}
	srv := &http.Server{
		Handler:           server.New(assets.FS()),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	fmt.Fprintf(stdout, "rolelens playground on http://%s/ (docs at /docs/); Ctrl-C stops\n", ln.Addr())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		fmt.Fprintf(stderr, "rolelens: %v\n", err)
		return exitUsage
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "rolelens: %v\n", err)
	}
	return exitOK
}
