import { LineChart, RadarChart, TreemapChart } from 'echarts/charts';
import { LegendComponent, MarkLineComponent, RadarComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import { echarts } from '../../../components/Chart';

/**
 * The chart types the comparison, profiles and classed maps draw, registered on the one ECharts
 * instance of the <Chart> wrapper (bundled with this feature only). Importing this module is enough.
 */
echarts.use([LineChart, RadarChart, TreemapChart, LegendComponent, MarkLineComponent, RadarComponent, VisualMapPiecewiseComponent]);
