// A view that throws shows its error instead of a blank page.
import { Component, type ReactNode } from 'react';

export class ErrorBoundary extends Component<{ children: ReactNode; reset: unknown }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) { return { error }; }
  override componentDidUpdate(prev: { reset: unknown }) { if (prev.reset !== this.props.reset && this.state.error) this.setState({ error: null }); }
  override render() {
    return this.state.error ? <p role="alert" className="error">This view failed: {this.state.error.message}</p> : this.props.children;
  }
}
