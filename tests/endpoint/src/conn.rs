//! Connections a handler can cut, for the `reset_next` fault.
//!
//! A handler cannot close its own connection in axum: whatever it returns, hyper writes a
//! response. So the listener hands out sockets wrapped with a shared "cut" switch, and puts the
//! switch in each request's [`ConnectInfo`](axum::extract::ConnectInfo). Once a handler flips
//! it, the next read or write on that socket fails, hyper drops the connection without writing
//! anything, and the socket is closed with `SO_LINGER` 0, so the client gets a TCP reset: what
//! a phone sees when its network drops in the middle of an upload.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};

use axum::extract::connect_info::Connected;
use axum::serve::{IncomingStream, Listener};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

/// A TCP listener whose connections can be cut by the handler serving them.
pub struct CuttableListener(pub TcpListener);

/// One connection's peer address and its cut switch, available to handlers as
/// `ConnectInfo<Conn>`.
#[derive(Debug, Clone)]
pub struct Conn {
    /// The client's address.
    pub remote: SocketAddr,
    cut: Arc<AtomicBool>,
}

impl Conn {
    /// Cuts the connection: nothing more is read or written, and the socket is reset.
    pub fn cut(&self) {
        self.cut.store(true, Ordering::SeqCst);
    }
}

/// A TCP stream that fails every operation once its connection is cut.
pub struct CuttableStream {
    inner: TcpStream,
    cut: Arc<AtomicBool>,
}

impl CuttableStream {
    fn check(&self) -> io::Result<()> {
        if self.cut.load(Ordering::SeqCst) {
            // A zero linger makes the close that follows send RST instead of FIN.
            let _ = self.inner.set_zero_linger();
            return Err(io::Error::new(io::ErrorKind::ConnectionReset, "connection cut by an injected fault"));
        }
        Ok(())
    }
}

impl Listener for CuttableListener {
    type Io = CuttableStream;
    type Addr = Conn;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            match self.0.accept().await {
                Ok((inner, remote)) => {
                    let cut = Arc::new(AtomicBool::new(false));
                    return (CuttableStream { inner, cut: cut.clone() }, Conn { remote, cut });
                }
                // Too many open files and the like: wait a little rather than spin.
                Err(_) => tokio::time::sleep(std::time::Duration::from_millis(50)).await,
            }
        }
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        Ok(Conn { remote: self.0.local_addr()?, cut: Arc::default() })
    }
}

impl Connected<IncomingStream<'_, CuttableListener>> for Conn {
    fn connect_info(stream: IncomingStream<'_, CuttableListener>) -> Self {
        stream.remote_addr().clone()
    }
}

impl AsyncRead for CuttableStream {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        self.check()?;
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for CuttableStream {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        self.check()?;
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.check()?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.check()?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
