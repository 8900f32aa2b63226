// <mm-echart>: draws the Apache ECharts option in its `option` attribute (JSON built by the server) as SVG, and redraws
// when the element changes size. ECharts comes from the WebJar the application serves, as an ES module: no bundle.
// The attribute (not a property) carries the option so that a value set before this module loaded is still seen.
import * as echarts from '../webjars/echarts/5.3.1/dist/echarts.esm.min.js';

class MmEchart extends HTMLElement {
  static get observedAttributes() {
    return ['option'];
  }

  connectedCallback() {
    if (!this.chart) {
      this.chart = echarts.init(this, null, { renderer: 'svg' });
      this.resizeObserver = new ResizeObserver(() => this.chart && this.chart.resize());
      this.resizeObserver.observe(this);
    }
    this.draw();
  }

  disconnectedCallback() {
    if (this.resizeObserver) this.resizeObserver.disconnect();
    if (this.chart) this.chart.dispose();
    this.chart = null;
  }

  attributeChangedCallback() {
    this.draw();
  }

  draw() {
    const json = this.getAttribute('option');
    if (!this.chart || !json) return;
    const option = JSON.parse(json);
    const style = getComputedStyle(this);
    option.textStyle = Object.assign({ fontFamily: style.fontFamily, color: style.color }, option.textStyle);
    this.chart.setOption(option, true);
  }
}

if (!customElements.get('mm-echart')) {
  customElements.define('mm-echart', MmEchart);
}
